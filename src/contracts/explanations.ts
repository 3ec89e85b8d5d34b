import { z } from "zod";
import { freeText } from "./text";

// "Gửi giải trình": the unit's optional covering note to the reviewer.

export const sendExplanationBody = z.object({
  note: freeText(2000)
    .nullish()
    .transform((s) => (s ? s : null)),
});
