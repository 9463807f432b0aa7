/** The values a list holds more than once, each named once, in the order they first repeat. */
export const repeatedValues = <T>(values: readonly T[]): T[] => [...new Set(values.filter((value, i) => values.indexOf(value) !== i))];
