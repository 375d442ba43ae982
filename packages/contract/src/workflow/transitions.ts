/**
 * A workflow as data: each action names the states it may start from and the state it leads to (`null`: the record is
 * gone, e.g. deleted). The server runs a transition only from a listed state (else 409 INVALID_STATE); the web offers
 * an action only where the table allows it. Who may act is the resource's policy (`policy/`), not the table.
 */
export interface Transition<S extends string> {
  from: readonly S[];
  to: S | null;
}
export type TransitionTable<S extends string, A extends string> = Readonly<Record<A, Transition<S>>>;

/** Declares a table, keeping its action and state literals. */
export const defineTransitions = <S extends string, A extends string>(table: TransitionTable<S, A>) => table;

/** Whether the table lets `action` start from `status`. */
export const canStartFrom = <S extends string, A extends string>(table: TransitionTable<S, A>, action: A, status: S): boolean =>
  table[action].from.includes(status);

/** The actions the table allows from `status`, in the table's order. */
export const actionsFrom = <S extends string, A extends string>(table: TransitionTable<S, A>, status: S): A[] =>
  (Object.keys(table) as A[]).filter((a) => table[a].from.includes(status));
