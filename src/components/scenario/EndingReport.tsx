import type { Ref } from 'preact';
import type { RouteStep } from '../../lib/scenario/engine';
import { ratingLabels } from '../../lib/scenario/ratings';
import type { EndingView } from '../../lib/scenario/view';
import { PetBadge } from '../common/PetBadge';
import { SourceList } from '../common/SourceList';
import { RouteReport } from './RouteReport';

interface EndingReportProps {
  ending: EndingView;
  score: number;
  maxScore?: number;
  route: readonly RouteStep[];
  headingRef: Ref<HTMLHeadingElement>;
}

/** The end of a run: the rating, why, the score, the law involved, and the route taken. */
export function EndingReport({ ending, score, maxScore, route, headingRef }: EndingReportProps) {
  return (
    <section class="pw-ending" aria-labelledby="pw-ending-title">
      <h2 id="pw-ending-title" ref={headingRef} tabIndex={-1}>
        Afloop: {ending.title}
      </h2>
      <p class={`pw-rating pw-rating--${ending.rating}`}>
        Beoordeling: <strong>{ratingLabels[ending.rating]}</strong>
      </p>
      <div dangerouslySetInnerHTML={{ __html: ending.html }} />
      <dl class="pw-ending__facts">
        <dt>Je score</dt>
        <dd>{maxScore === undefined ? `${score} punten` : `${score} van ${maxScore} punten`}</dd>
        <dt>De pet die hier past</dt>
        <dd>
          <PetBadge pet={ending.pet} />
        </dd>
        {ending.articles.length > 0 && (
          <>
            <dt>Wetsartikelen</dt>
            <dd>{ending.articles.join('; ')}</dd>
          </>
        )}
      </dl>
      <h3>Bronnen</h3>
      <SourceList sources={ending.sources} />
      <RouteReport route={route} />
      <p class="pw-no-print">
        Zo'n vraag in het echt? <a href="/kompas/">Het Pettenkompas</a> helpt je kiezen wat je mag delen.
      </p>
      <p class="pw-no-print">
        <button type="button" class="nl-button nl-button--secondary" onClick={() => window.print()}>
          Route afdrukken
        </button>
      </p>
    </section>
  );
}
