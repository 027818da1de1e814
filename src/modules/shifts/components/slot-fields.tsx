import { Field, inputClass } from "@/components/ui/field";
import { MAX_PATTERN_WEEKS } from "@/domain/slot-pattern";

/** The inputs the slots page's forms are made of (add one, weekly pattern, edit). */
export type SlotFieldName = "date" | "from" | "start" | "end" | "capacity" | "weeks";

const INPUT: Record<SlotFieldName, { type: string; min?: number; max?: number }> = {
  date: { type: "date" },
  from: { type: "date" },
  start: { type: "time" },
  end: { type: "time" },
  capacity: { type: "number", min: 1, max: 10_000 },
  weeks: { type: "number", min: 1, max: MAX_PATTERN_WEEKS },
};

type Values = Partial<Record<SlotFieldName, string | number | undefined>>;

/**
 * Some fields of a slots page form, in the order given: each labelled, required, with its hint
 * and the refusal next to it. Server HTML for plain posts; the page passes the words translated
 * (`labels`, once for all its forms). Dates cannot be before `today`; places not below
 * `minPlaces` (the places taken, when editing).
 */
export function SlotFields(props: {
  prefix: string;
  fields: SlotFieldName[];
  labels: Record<SlotFieldName, string>;
  today: string;
  values?: Values;
  errors?: Partial<Record<SlotFieldName, string>>;
  hints?: Partial<Record<SlotFieldName, string>>;
  minPlaces?: number;
}) {
  return props.fields.map((name) => {
    const id = `${props.prefix}-${name}`;
    const input = INPUT[name];
    const min = input.type === "date" ? props.today : name === "capacity" ? (props.minPlaces ?? input.min) : input.min;
    return (
      <Field key={name} id={id} label={props.labels[name]} error={props.errors?.[name]} hint={props.hints?.[name]}>
        <input
          id={id}
          name={name}
          type={input.type}
          required
          min={min}
          max={input.max}
          defaultValue={props.values?.[name]}
          className={inputClass}
        />
      </Field>
    );
  });
}
