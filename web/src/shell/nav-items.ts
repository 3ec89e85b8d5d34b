import type { Messages } from "../i18n/vi";

export type NavKey = keyof Messages["nav"];
export type NavItem = { key: NavKey; path: string; built: boolean };

/** The sidebar of product.md, in its order; `built: false` shows the "Đang xây dựng" page. */
export const WORK_ITEMS: readonly NavItem[] = [
  { key: "home", path: "/", built: true },
  { key: "clusters", path: "/cum", built: true },
  { key: "pacts", path: "/giao-uoc", built: true },
  { key: "scoring", path: "/cham-diem", built: true },
  { key: "ranking", path: "/xep-hang", built: true },
  { key: "meetings", path: "/hoi-nghi", built: true },
  { key: "tasks", path: "/nhiem-vu", built: true },
  { key: "reports", path: "/bao-cao", built: true },
  { key: "practices", path: "/mo-hinh-hay", built: true },
  { key: "opinion", path: "/du-luan-xa-hoi", built: true },
  { key: "documents", path: "/van-ban", built: true },
  { key: "search", path: "/tim-kiem", built: true },
];

export const CATALOGUE_ITEMS: readonly NavItem[] = [
  { key: "orgs", path: "/to-chuc", built: true },
  { key: "people", path: "/can-bo", built: true },
  { key: "admin", path: "/quan-tri", built: true },
];

export const NAV_ITEMS: readonly NavItem[] = [...WORK_ITEMS, ...CATALOGUE_ITEMS];

export const isActivePath = (itemPath: string, pathname: string): boolean =>
  itemPath === "/" ? pathname === "/" : pathname === itemPath || pathname.startsWith(`${itemPath}/`);
