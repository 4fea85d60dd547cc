// Components that lesson authors may use in MDX. Import them from here only.
export { default as Quiz } from './quiz/Quiz.astro';
