import { requireActor } from "../../server/context";
import { fileHeaders } from "../../server/file-response";
import { newRouter } from "../../server/router";
import { readUpload } from "../files/upload";
import { notificationRoutes } from "../notifications/routes";
import { attachReportEvidence, mayAttachReportEvidence } from "./attach-report-evidence";
import { carryTasksToPact } from "./carry-to-pact";
import { currentTime } from "./clock";
import { createTask } from "./create-task";
import { getTask } from "./get-task";
import { listTasks } from "./list-tasks";
import { readReportEvidence } from "./read-report-evidence";
import { reportProgress } from "./report-progress";
import {
  carryRoute,
  createTaskRoute,
  downloadEvidenceRoute,
  evidenceRoute,
  getTaskRoute,
  listTasksRoute,
  pauseRoute,
  reportRoute,
} from "./route-defs";
import { setTaskPaused } from "./set-paused";

// "carry-to-pact" is registered before "{id}" routes; every answer after a write is the fresh view.
export const taskRoutes = newRouter()
  .openapi(listTasksRoute, async (c) => {
    const actor = requireActor(c);
    const { clusterId, year } = c.req.valid("query");
    return c.json(
      { data: await listTasks({ db: c.get("db"), actor, now: currentTime(), clusterId, year }) },
      200,
    );
  })
  .openapi(createTaskRoute, async (c) => {
    const actor = requireActor(c);
    const db = c.get("db");
    const task = await createTask({ db, actor, input: c.req.valid("json") });
    return c.json({ data: await getTask({ db, actor, taskId: task.id, now: currentTime() }) }, 200);
  })
  .openapi(carryRoute, async (c) => {
    const actor = requireActor(c);
    return c.json(
      { data: await carryTasksToPact({ db: c.get("db"), actor, input: c.req.valid("json") }) },
      200,
    );
  })
  .openapi(getTaskRoute, async (c) => {
    const actor = requireActor(c);
    const data = await getTask({
      db: c.get("db"),
      actor,
      taskId: c.req.valid("param").id,
      now: currentTime(),
    });
    return c.json({ data }, 200);
  })
  .openapi(pauseRoute, async (c) => {
    const actor = requireActor(c);
    const db = c.get("db");
    const taskId = c.req.valid("param").id;
    await setTaskPaused({ db, actor, taskId, input: c.req.valid("json") });
    return c.json({ data: await getTask({ db, actor, taskId, now: currentTime() }) }, 200);
  })
  .openapi(reportRoute, async (c) => {
    const actor = requireActor(c);
    const db = c.get("db");
    const taskId = c.req.valid("param").id;
    const now = currentTime();
    await reportProgress({ db, actor, taskId, input: c.req.valid("json"), now });
    return c.json({ data: await getTask({ db, actor, taskId, now }) }, 200);
  })
  .openapi(evidenceRoute, async (c) => {
    const actor = requireActor(c);
    const db = c.get("db");
    const { id: taskId, reportId } = c.req.valid("param");
    await mayAttachReportEvidence({ db, actor, taskId, reportId });
    const { file } = await readUpload(c.req.raw, db, { missingFile: "Cần chọn tệp minh chứng" });
    await attachReportEvidence({ db, actor, taskId, reportId, file });
    return c.json({ data: await getTask({ db, actor, taskId, now: currentTime() }) }, 200);
  })
  .openapi(downloadEvidenceRoute, async (c) => {
    const actor = requireActor(c);
    const { id, fileId } = c.req.valid("param");
    const file = await readReportEvidence({ db: c.get("db"), actor, taskId: id, fileId });
    return c.body(file.stream(), 200, fileHeaders(file));
  })
  .route("/", notificationRoutes);
