/**
 * What files a dispute can carry: what AliExpress's dispute form is known to take, and the limits we set ourselves.
 * One table, so a fact measured on the live form is corrected in one place. "doc" is
 * ../shared/docs/aliexpress-pages-and-disputes.md; "P15" and "S9" are rows of ../shared/docs/reliability-security-performance.md.
 *
 * `owner: 'aliexpress'` rows are facts about AliExpress: `known` says whether a source shows it (the research found
 * no current size, count or format limit: doc §2.3, part 2 §C). `owner: 'ours'` rows are the extension's own caps,
 * always in force; nothing here claims AliExpress enforces them.
 */
interface Rule<T> {
  readonly value: T;
  readonly owner: 'aliexpress' | 'ours';
  readonly known: boolean;
  readonly source: string;
}

const MB = 1024 * 1024;

export const UPLOAD_RULES = {
  // AliExpress's form.
  imagesAccepted: {
    value: true,
    owner: 'aliexpress',
    known: true,
    source:
      'doc A2: the start form has a file input with image thumbnails; doc A3: "Upload more photos/videos" opens an input with accept*="image"',
  },
  videosAccepted: {
    value: true,
    owner: 'aliexpress',
    known: true,
    source: 'doc A3 "Upload more photos/videos"; doc A4 #videoUploader and §2.1 videoId on the legacy form',
  },
  documentsAccepted: {
    value: undefined,
    owner: 'aliexpress',
    known: false,
    source:
      'not found. The only inputs seen take images (accept*="image") and one video, so a PDF is best uploaded as a screenshot or photo',
  },
  // The image formats the form takes were not found (doc §2.3, §C). Photos we keep are re-encoded to JPEG (S9), which
  // every uploader takes; these are the ones we cannot re-encode and doubt the form takes.
  doubtfulImageTypes: {
    value: ['image/heic', 'image/heif'],
    owner: 'aliexpress',
    known: false,
    source:
      'our inference: Chrome and Firefox cannot decode HEIC/HEIF, so a web form cannot preview it (doc A2 checks a background-image thumbnail)',
  },
  // The video formats were not found either (doc §2.3, §C); these are what phones record, the rest is warned about.
  usualVideoTypes: {
    value: ['video/mp4', 'video/x-m4v', 'video/quicktime'],
    owner: 'aliexpress',
    known: false,
    source: 'our inference: phones record MP4 or MOV; other containers are less likely to be taken',
  },
  maxFileBytes: {
    value: undefined,
    owner: 'aliexpress',
    known: false,
    source: 'not found (doc §2.3, §C); the legacy help only said to send large videos zipped',
  },
  maxPhotos: { value: undefined, owner: 'aliexpress', known: false, source: 'not found (doc §2.3, §C)' },
  maxVideos: {
    value: 1,
    owner: 'aliexpress',
    known: false,
    source: "the legacy form (~2017–2019) sent one videoId (doc §2.1); the current form's limit was not found",
  },

  // Ours.
  maxImageInputBytes: {
    value: 20 * MB,
    owner: 'ours',
    known: true,
    source: 'S9 (OWASP file upload): refuse a large image before decoding it',
  },
  maxStoredImageBytes: {
    value: 2 * MB,
    owner: 'ours',
    known: true,
    source: 'P15: each stored photo ≤ 2 MB after re-encode; a photo that cannot be re-encoded (HEIC) must fit as it is',
  },
  maxImagePixels: {
    value: 64_000_000,
    owner: 'ours',
    known: true,
    source:
      'S9: cap the decoded pixel count (a small file can decode to gigabytes). S9 suggests 40 MP; 64 MP keeps 48–64 MP phone cameras (a 256 MB decode) and still refuses 108/200 MP modes and bombs',
  },
  maxPhotosPerDispute: { value: 30, owner: 'ours', known: true, source: 'P15: ≤ 30 photos per dispute' },
  maxVideoBytes: {
    value: 100 * MB,
    owner: 'ours',
    known: true,
    source:
      'ours: about a minute of 1080p phone video; videos are kept as they are (no re-encoding in the browser), so the cap bounds storage',
  },
  maxVideosPerDispute: {
    value: 5,
    owner: 'ours',
    known: true,
    source:
      'ours: the checklists ask for at most an unboxing and a failure video, plus a few spares; the legacy form took one',
  },
  maxDocumentBytes: {
    value: 10 * MB,
    owner: 'ours',
    known: true,
    source: 'ours: a scanned statement or receipt fits easily',
  },
  maxDocumentsPerDispute: {
    value: 10,
    owner: 'ours',
    known: true,
    source: 'ours: statements, customs papers, receipts',
  },
} as const satisfies Record<string, Rule<number | boolean | undefined | readonly string[]>>;
