// Every content collection is wired here to its schema in src/schemas/.
// Collections are loaded with checkedGlob so a broken file names its field and fix.
export const collections = {};
