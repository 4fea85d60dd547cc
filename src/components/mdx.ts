// Components that lesson authors may use in MDX, without importing anything.
// Lesson pages pass exactly these to the MDX content.

export { PetIcon } from './common/PetIcon';
export { TableScroll } from './common/TableScroll';
export { default as AutoEnAutomobilist } from './course/AutoEnAutomobilist.astro';
export { default as Kernboodschappen } from './course/Kernboodschappen.astro';
export { default as MeldrechtenTabel } from './course/MeldrechtenTabel.astro';
export { default as SpagaatDiagram } from './course/SpagaatDiagram.astro';
export { default as WetStatus } from './course/WetStatus.astro';
export { default as Begrip } from './glossary/Begrip.astro';
export { default as Quiz } from './quiz/Quiz.astro';
export { default as ScenarioCard } from './scenario/ScenarioCard.astro';
