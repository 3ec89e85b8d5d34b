import { Anchor, Badge, Group, Stack, Text, Timeline, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { OrgLink, OrgName } from "../api/types";
import { formatDate, formatPeriod } from "../lib/format";
import { RelationBadge } from "./org-badges";

type NamesTimelineProps = { names: OrgName[]; current: OrgName | null; year: number };

/** The organisation's names, oldest first; the one it had in the selected year is marked. */
export const NamesTimeline = ({ names, current, year }: NamesTimelineProps) => {
  const { t } = useTranslation();
  const currentIndex = current ? names.indexOf(current) : -1;
  return (
    <section aria-labelledby="org-names">
      <Title order={2} fz="h4" mb="sm" id="org-names">
        {t("orgs.names")}
      </Title>
      <Timeline active={currentIndex} bulletSize={16} lineWidth={2}>
        {names.map((name, index) => (
          <Timeline.Item
            key={`${name.validFrom}-${name.name}`}
            title={
              <Group gap="xs">
                <Text fw={index === currentIndex ? 700 : 500}>{name.name}</Text>
                {index === currentIndex && (
                  <Badge size="sm" variant="light">
                    {t("orgs.nameInYear", { year })}
                  </Badge>
                )}
              </Group>
            }
          >
            <Text size="sm" c="dimmed">
              {formatPeriod(name.validFrom, name.validTo, t("common.present"))}
              {name.shortName ? ` · ${name.shortName}` : ""}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </section>
  );
};

type LinksProps = { kind: "predecessors" | "successors"; links: OrgLink[]; year: number };

/** Predecessors or successors, each with how (renamed, merged, split) and when. */
export const OrgLinks = ({ kind, links, year }: LinksProps) => {
  const { t } = useTranslation();
  const id = `org-${kind}`;
  return (
    <section aria-labelledby={id}>
      <Title order={2} fz="h4" mb="sm" id={id}>
        {t(`orgs.${kind}`)}
      </Title>
      {links.length === 0 ? (
        <Text size="sm" c="dimmed">
          {kind === "predecessors" ? t("orgs.noPredecessors") : t("orgs.noSuccessors")}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
          {links.map((link) => (
            <Group component="li" key={`${link.orgId}-${link.relation}`} gap="xs" wrap="wrap">
              <RelationBadge relation={link.relation} />
              <Anchor component={Link} to={`/to-chuc/${link.orgId}?year=${year}`} fw={500}>
                {link.name}
              </Anchor>
              <Text size="sm" c="dimmed">
                {formatDate(link.date)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </section>
  );
};
