import { useState } from 'preact/hooks';
import type { CanvasQuestion } from '../../lib/canvas/canvas';
import { $canvases } from '../../stores/canvases';
import { activeCanvas } from '../../stores/canvases-actions';
import { StorageNotice } from '../common/StorageNotice';
import { useHydratedStore } from '../common/use-hydrated-store';
import { CanvasEditor } from './CanvasEditor';
import { CanvasFiles } from './CanvasFiles';
import { CanvasImport } from './CanvasImport';
import { CanvasPicker } from './CanvasPicker';
import { SharedCanvas } from './SharedCanvas';

/** The 7×W canvas: several named canvases, autosaved, with export, print, import and share links. */
export function CanvasTool({ questions }: { questions: CanvasQuestion[] }) {
  const data = useHydratedStore($canvases);
  const canvas = activeCanvas(data);
  const [message, setMessage] = useState('');

  return (
    <div class="pw-canvas-tool">
      <StorageNotice sectionIds={['canvases']} />
      <SharedCanvas questions={questions} onMessage={setMessage} />
      <h2 class="pw-no-print">Je canvas</h2>
      <p class="pw-no-print pw-needs-script">
        Alles wat je typt, wordt meteen bewaard in deze browser. Er gaat niets naar een server.
      </p>
      <CanvasPicker data={data} canvas={canvas} onMessage={setMessage} />
      <p role="status" class="pw-status pw-no-print">
        {message}
      </p>
      <CanvasEditor canvas={canvas} questions={questions} />
      {canvas && <CanvasFiles canvas={canvas} questions={questions} onMessage={setMessage} />}
      <CanvasImport canvases={data.canvases} questions={questions} onMessage={setMessage} />
    </div>
  );
}
