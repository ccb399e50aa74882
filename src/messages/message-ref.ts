import type { Messages } from "./vi";

/**
 * A message named by its place in the catalogue ("meetings.rules.locked") with the values it
 * takes, so code that refuses something (AppError) names the message and the edge that shows it
 * chooses the text in the reader's language (docs/decisions/0025).
 */
type Leaf = string | ((...args: never[]) => string);
type KeysOf<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends Leaf ? `${Prefix}${K}` : KeysOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = KeysOf<Messages>;
type At<T, K extends string> = K extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? At<T[Head], Rest>
    : never
  : K extends keyof T
    ? T[K]
    : never;
/** The values a message takes: none for a plain string, the function's arguments otherwise. */
export type MessageParams<K extends MessageKey> = At<Messages, K> extends (...args: infer A) => string ? A : [];

export interface MessageRef {
  readonly key: MessageKey;
  readonly params: readonly unknown[];
}

export function message<K extends MessageKey>(key: K, ...params: MessageParams<K>): MessageRef {
  return { key, params };
}

export function isMessageRef(value: unknown): value is MessageRef {
  return typeof value === "object" && value !== null && typeof (value as { key?: unknown }).key === "string";
}

/** The text of a message in a catalogue (the Vietnamese one unless another is given). */
export function messageText(ref: MessageRef | string, catalogue: Messages): string {
  if (typeof ref === "string") return ref;
  let entry: unknown = catalogue;
  for (const part of ref.key.split(".")) entry = (entry as Record<string, unknown> | undefined)?.[part];
  if (typeof entry === "function") return String((entry as (...args: unknown[]) => string)(...ref.params));
  if (typeof entry === "string") return entry;
  throw new Error(`No message "${ref.key}" in the catalogue`);
}
