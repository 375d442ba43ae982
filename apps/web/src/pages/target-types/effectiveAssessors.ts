import type { AssessorAssignment, AssessorScope, IndicatorNode, TargetType } from '@jx/contract';

export type AssessorUnit = AssessorAssignment['units'][number];

/**
 * Where the departments that assess something come from, most specific first (the server's rule, apps/api
 * assessment/assessors.ts): named on the target, on its indicator or the nearest ancestor that names any, on its target
 * type, else the type's owning department. `byType`: an indicator not tied to one type, whose targets go by their types.
 */
export type AssessorSource = 'target' | 'indicator' | 'targetType' | 'owner' | 'byType';

export interface EffectiveAssessors {
  units: AssessorUnit[];
  source: AssessorSource;
  /** The name of what the units are named on (the indicator or type inherited from; the thing itself when own). */
  from: string;
  /** Named on the thing itself, not inherited. */
  own: boolean;
}

/** The units named per scope and id, from `assessors.list`. */
export type Namings = ReadonlyMap<string, AssessorUnit[]>;
export const namingKey = (scope: AssessorScope, id: string) => `${scope}:${id}`;
export function namingsOf(items: readonly AssessorAssignment[]): Namings {
  return new Map(items.map((a) => [namingKey(a.scope, a.id), a.units]));
}

interface Step {
  source: AssessorSource;
  name: string;
  units: AssessorUnit[] | undefined;
}

/** The first step that names anyone; `own` when it is the first step of all. */
function firstNamed(steps: Step[]): EffectiveAssessors {
  for (const [i, s] of steps.entries()) {
    if (s.source === 'byType' || (s.units && s.units.length > 0)) return { units: s.units ?? [], source: s.source, from: s.name, own: i === 0 };
  }
  return { units: [], source: 'byType', from: '', own: false };
}

function typeSteps(type: TargetType | undefined, namings: Namings): Step[] {
  if (!type) return [{ source: 'byType', name: '', units: undefined }];
  return [
    { source: 'targetType', name: type.name, units: namings.get(namingKey('targetType', type.id)) },
    { source: 'owner', name: type.name, units: [{ id: type.ownerUnitId, name: type.ownerUnitName }] },
  ];
}

/** `path`: the indicator's ancestors from the first level down, then the indicator itself. */
function indicatorSteps(path: readonly IndicatorNode[], namings: Namings): Step[] {
  return [...path].reverse().map((i) => ({ source: 'indicator', name: i.name, units: namings.get(namingKey('indicator', i.id)) }));
}

/**
 * Who assesses the targets under an indicator: its own naming, else the nearest ancestor's, else the type its first-level
 * indicator is tied to (its naming, else its owner); a first level tied to no type leaves it to each target's type.
 */
export function indicatorAssessors(path: readonly IndicatorNode[], namings: Namings, types: ReadonlyMap<string, TargetType>): EffectiveAssessors {
  const typeId = path[0]?.targetTypeId;
  return firstNamed([...indicatorSteps(path, namings), ...typeSteps(typeId ? types.get(typeId) : undefined, namings)]);
}

/** Who assesses one target: named on it, else as its indicator path says, else its own type's naming or owner. */
export function targetAssessors(
  target: { id: string; title: string; targetTypeId: string },
  path: readonly IndicatorNode[],
  namings: Namings,
  types: ReadonlyMap<string, TargetType>,
): EffectiveAssessors {
  return firstNamed([
    { source: 'target', name: target.title, units: namings.get(namingKey('target', target.id)) },
    ...indicatorSteps(path, namings),
    ...typeSteps(types.get(target.targetTypeId), namings),
  ]);
}

/** A type's assessing departments: named on it, else its owner. */
export function typeAssessors(type: TargetType, namings: Namings): EffectiveAssessors {
  return firstNamed(typeSteps(type, namings));
}

/** Each indicator's path from the first level down to itself, by id. */
export function indicatorPaths(roots: readonly IndicatorNode[]): Map<string, IndicatorNode[]> {
  const paths = new Map<string, IndicatorNode[]>();
  const walk = (nodes: readonly IndicatorNode[], above: IndicatorNode[]) => {
    for (const n of nodes) {
      const path = [...above, n];
      paths.set(n.id, path);
      walk(n.children, path);
    }
  };
  walk(roots, []);
  return paths;
}
