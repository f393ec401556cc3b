/**
 * Watch a value for its first change: the first value given is the opening one; later ones are
 * compared with it as JSON until one differs, and from then on it has changed, with no more comparing
 * (so a long session pays for the comparison only until the reader's first edit).
 *
 * @returns A function that takes the current value and tells whether it has changed since the first.
 * @example const changed = watchForChange(); changed({ seed: 1 }); changed({ seed: 1 }) // false
 */
export function watchForChange(): (value: unknown) => boolean {
  let opening: string | undefined;
  let changed = false;
  return (value) => {
    if (changed) return true;
    const text = JSON.stringify(value);
    if (opening === undefined) opening = text;
    else changed = text !== opening;
    return changed;
  };
}
