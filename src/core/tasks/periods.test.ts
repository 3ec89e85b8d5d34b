import { describe, expect, it } from "vitest";
import { lastEndedPeriod, reportingPeriods } from "./periods";
import { taskStatus, todayInVietnam, weightedProgress } from "./status";

describe("reporting periods", () => {
  it("cut a year into quarters, halves or months, clipped to the task", () => {
    expect(reportingPeriods("quarterly", "2021-02-15", "2021-09-10")).toEqual([
      { from: "2021-02-15", to: "2021-03-31" },
      { from: "2021-04-01", to: "2021-06-30" },
      { from: "2021-07-01", to: "2021-09-10" },
    ]);
    expect(reportingPeriods("half_yearly", "2021-01-01", "2021-12-31")).toEqual([
      { from: "2021-01-01", to: "2021-06-30" },
      { from: "2021-07-01", to: "2021-12-31" },
    ]);
    const months = reportingPeriods("monthly", "2020-11-20", "2021-03-01");
    expect(months.map((p) => p.to)).toEqual([
      "2020-11-30",
      "2020-12-31",
      "2021-01-31",
      "2021-02-28",
      "2021-03-01",
    ]);
  });

  it("name the period just ended, for 30 days", () => {
    const periods = reportingPeriods("quarterly", "2021-01-01", "2021-12-31");
    expect(lastEndedPeriod(periods, "2021-03-31")).toBeNull();
    expect(lastEndedPeriod(periods, "2021-04-01")).toEqual({ from: "2021-01-01", to: "2021-03-31" });
    expect(lastEndedPeriod(periods, "2021-04-30")).toEqual({ from: "2021-01-01", to: "2021-03-31" });
    expect(lastEndedPeriod(periods, "2021-05-01")).toBeNull();
  });
});

describe("status", () => {
  const timing = { startDate: "2021-01-01", deadline: "2021-12-31", paused: false };
  it("is computed from the day in Viet Nam", () => {
    // 17:30 UTC on 31 December is already 1 January in Hạ Long.
    expect(todayInVietnam(new Date("2021-12-31T17:30:00Z"))).toBe("2022-01-01");
    expect(taskStatus(timing, [100, 50], "2021-12-31")).toBe("in_progress");
    expect(taskStatus(timing, [100, 50], "2022-01-01")).toBe("overdue");
    expect(taskStatus(timing, [100, 100], "2022-01-01")).toBe("done");
    expect(taskStatus(timing, [null, 0], "2021-06-01")).toBe("not_started");
    expect(taskStatus({ ...timing, paused: true }, [10], "2022-06-01")).toBe("paused");
  });
  it("weights the cluster's progress", () => {
    expect(
      weightedProgress([
        { weight: 3, progress: 100 },
        { weight: 1, progress: 0 },
      ]),
    ).toBe(75);
    expect(weightedProgress([])).toBe(0);
  });
});
