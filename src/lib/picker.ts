import { searchKey, searchWords } from "./text";

/** At most this many choices are offered by a filter's searchable picker (a province has ~100 units). */
export const PICKER_LIMIT = 30;

/**
 * The choices a searchable picker offers out of `all` (in their order): all of them up to
 * PICKER_LIMIT; beyond, those whose label holds every word of `query` (accents optional), else
 * the first ones, plus the selected one wherever it is.
 */
export function narrowChoices<Choice extends { id: string; label: string }>(
  all: readonly Choice[],
  { query = "", selectedId }: { query?: string; selectedId?: string },
): Choice[] {
  if (all.length <= PICKER_LIMIT) return [...all];
  const words = searchWords(query);
  const matching = words.length
    ? all.filter((choice) => {
        const key = searchKey(choice.label);
        return words.every((word) => key.includes(word));
      })
    : all;
  const choices = matching.slice(0, PICKER_LIMIT);
  const selected = all.find((choice) => choice.id === selectedId);
  if (selected && !choices.includes(selected)) choices.push(selected);
  return choices;
}
