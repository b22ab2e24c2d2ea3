import { checkDispute } from '../../../lib/analyzer';
for (const t of process.argv.slice(2)) {
  const r = checkDispute({ text: t });
  console.log(
    t,
    '→',
    r.verdict,
    r.findings.map((f) => `${f.code}[${f.spans.map((s) => t.slice(s.start, s.end)).join('|')}]`).join(' '),
  );
}
