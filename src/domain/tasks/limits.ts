/** The longest task title and unit (characters), and the largest target count per period. */
export const TITLE_MAX_LENGTH = 200;
export const UNIT_MAX_LENGTH = 40;
export const TARGET_MAX = 1000;
