import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../auth/current-user";
import { Empty } from "../shell/empty";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { useYear } from "../shell/year-context";
import { type TodoList, useTodo } from "./todo-api";
import { TodoCard } from "./todo-card";

type Section = TodoList["sections"][number];

const RoleSection = ({ section, year }: { section: Section; year: number }) => {
  const { t } = useTranslation();
  const headingId = `todo-${section.role}`;
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} fz="h3" mb="sm" id={headingId}>
        {t(`todo.role.${section.role}`)}
      </Title>
      {section.items.length === 0 ? (
        <Text c="dimmed">{t(`todo.nothing.${section.role}`, { year })}</Text>
      ) : (
        <ul className="card-grid" aria-labelledby={headingId}>
          {section.items.map((item, i) => (
            <li key={`${item.kind}-${item.cluster.id}-${"unit" in item ? item.unit.id : i}`}>
              <TodoCard item={item} year={year} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};

/** "/" — Tổng quan: what the user owes this year, per role, drawn from live state with deadlines. */
export const HomePage = () => {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { year } = useYear();
  const todo = useTodo(year);

  const body = () => {
    if (todo.isPending) return <PageLoader />;
    if (todo.isError) return <QueryError error={todo.error} onRetry={() => void todo.refetch()} />;
    if (todo.data.sections.length === 0)
      return <Empty title={t("todo.noRoleTitle")} description={t("todo.noRoleText", { year })} icon="∅" />;
    return (
      <Stack gap="xl">
        {todo.data.sections.map((section) => (
          <RoleSection key={section.role} section={section} year={year} />
        ))}
      </Stack>
    );
  };

  return (
    <>
      <PageHeader
        title={t("home.title")}
        subtitle={`${t("home.greeting", { name: user.displayName })} — ${t("todo.subtitle", { year })}`}
      />
      {body()}
    </>
  );
};
