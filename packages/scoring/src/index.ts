export { roundHalfUp } from './round.ts';
export { rankWithTies } from './rank.ts';
