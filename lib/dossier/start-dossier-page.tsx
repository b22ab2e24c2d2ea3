import { render } from 'preact';
import { DossierSummaryView } from '../../components/DossierSummary';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { createDbConnection } from '../db/connection';
import { readEvidenceBlob } from '../db/evidence';
import type { Translator } from '../i18n';
import { pickLanguage } from '../i18n/text';
import { ID_PATTERN } from '../model/vocab';
import { loadFrameTranslator } from '../panel/frame-translator';
import { ZipFailure, type ZipFailureReason } from './build-zip';
import { dossierSummary, sizeText } from './dossier-summary';
import { loadDossierStrings } from './dossier-strings';
import { dossierFileName, makeDossierZip } from './dossier-zip';
import { readDossierCase, type DossierCase } from './read-dossier-case';

/** Long enough for the browser to start saving the ZIP; the object URL is not kept for the page's whole life. */
const DOWNLOAD_URL_LIFETIME_MS = 60_000;

type Status =
  | { state: 'idle' }
  | { state: 'working'; percent: number }
  | { state: 'done'; name: string; files: number; bytes: number }
  | { state: 'error'; reason: ZipFailureReason; fileName?: string };

/**
 * The order's dossier (`dossier.html?order=<id>`): the summary to print, and the ZIP to hand to AliExpress support,
 * a bank or PayPal. An extension page of its own, so the extension's database is always its to read, files included.
 */
export async function startDossierPage(root: HTMLElement): Promise<void> {
  const preferred = navigator.languages.length ? navigator.languages : [navigator.language];
  const language = pickLanguage(preferred);
  const { i18n, dictionary } = await loadFrameTranslator(language, preferred);
  await loadDossierStrings(language, dictionary);
  document.documentElement.lang = language;
  const orderId = new URLSearchParams(location.search).get('order') ?? '';
  document.title = i18n.t('dossier.pageTitle', { orderId });
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const db = createDbConnection();
  const message = (text: string) =>
    render(
      <p class="dh-dossier" data-testid="dossier-page">
        {text}
      </p>,
      root,
    );
  if (!ID_PATTERN.test(orderId)) return message(i18n.t('dossier.noOrder'));
  const read = async () => readDossierCase(await db(), orderId, Date.now());
  let dossier: DossierCase | undefined;
  try {
    dossier = await read();
  } catch (error) {
    console.debug('[dispute-helper] dossier', error);
    return message(i18n.t('dossier.readFailed'));
  }
  if (!dossier) return message(i18n.t('dossier.nothingKnown', { orderId }));

  let status: Status = { state: 'idle' };
  const paint = (shown: DossierCase) => {
    const summary = dossierSummary(shown, i18n, Date.now(), timeZone);
    render(
      <ErrorBoundary fallback={i18n.t('panelCrashed')}>
        <main class="dh-dossier" data-testid="dossier-page">
          <div class="dh-dossier-actions">
            <button
              type="button"
              data-testid="dossier-download"
              disabled={status.state === 'working'}
              onClick={download}
            >
              {i18n.t('dossier.download')}
            </button>
            <button type="button" class="dh-dossier-print" data-testid="dossier-print" onClick={() => window.print()}>
              {i18n.t('dossier.print')}
            </button>
            <p class="dh-dossier-status" data-testid="dossier-status" data-state={status.state} role="status">
              {statusText(status, i18n)}
            </p>
            <p class="dh-dossier-note">{i18n.t('dossier.zipNote')}</p>
          </div>
          <DossierSummaryView summary={summary} />
        </main>
      </ErrorBoundary>,
      root,
    );
  };
  const show = (next: Status) => {
    status = next;
    if (dossier) paint(dossier);
  };

  const download = () =>
    void (async () => {
      if (status.state === 'working') return;
      show({ state: 'working', percent: 0 });
      try {
        // Read again: files attached in another tab since this one opened are in the ZIP, and in the summary.
        dossier = (await read()) ?? dossier;
        const connection = await db();
        const { zip, entries } = await makeDossierZip(dossier!, {
          i18n,
          now: Date.now(),
          timeZone,
          readFile: async (id) => (await readEvidenceBlob(connection, id))?.file,
          onProgress: (done, total) => {
            const percent = Math.floor((done / total) * 100);
            if (status.state !== 'working' || status.percent !== percent) show({ state: 'working', percent });
          },
        });
        const name = dossierFileName(orderId);
        save(zip, name);
        // The manifest and the checksums are files of the ZIP too.
        show({ state: 'done', name, files: entries.length + 2, bytes: zip.size });
      } catch (error) {
        console.debug('[dispute-helper] dossier', error);
        show(
          error instanceof ZipFailure
            ? { state: 'error', reason: error.reason, ...(error.fileName && { fileName: error.fileName }) }
            : { state: 'error', reason: 'failed' },
        );
      }
    })();

  paint(dossier);
}

/** Saves through a link with `download`: no downloads permission, and the browser asks where as it always does. */
function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
}

function statusText(status: Status, i18n: Translator): string {
  switch (status.state) {
    case 'idle':
      return '';
    case 'working':
      return i18n.t('dossier.status.working', { percent: status.percent });
    case 'done':
      return i18n.plural('dossier.status.done', status.files, {
        name: status.name,
        size: sizeText(status.bytes, i18n),
      });
    case 'error':
      return i18n.t(`dossier.error.${status.reason}`, { name: status.fileName ?? '' });
  }
}
