import { useQuery } from "@tanstack/react-query";
import type { TodoItem, TodoList } from "../../../src/contracts/todo";
import { api } from "../api/client";

export type { TodoItem, TodoList };
export type TodoRole = TodoList["sections"][number]["role"];

export const todoKeys = { year: (year: number) => ["todo", year] as const };

/** The signed-in user's to-do list for a year, per role. */
export const useTodo = (year: number) =>
  useQuery({ queryKey: todoKeys.year(year), queryFn: () => api<TodoList>("/todo", { query: { year } }) });
