import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Method } from "../../../src/contracts/cluster-year";

/** How a criterion is scored, as a dot badge: dark text on white, the colour only in the dot (bonus green, penalty red). */
export const MethodBadge = ({ method }: { method: Method }) => {
  const { t } = useTranslation();
  const color = method === "penalty" ? "red" : method === "bonus" ? "teal" : "blue";
  return (
    <Badge variant="dot" color={color} size="md">
      {t(`pacts.methods.${method}`)}
    </Badge>
  );
};
