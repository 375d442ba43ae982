import dayjs, { type Dayjs } from 'dayjs';
import { emptyToUndefined, type ToInput } from './zodRule';

// Apart from zodRule, so that forms without dates (the login page) do not load dayjs.
/** A DatePicker value (dayjs) → `YYYY-MM-DD`, what `DateString` expects. */
export const dateToInput: ToInput = (value) => (dayjs.isDayjs(value) ? (value as Dayjs).format('YYYY-MM-DD') : emptyToUndefined(value));
