import '../../components/panel.css';
import { startEvidencePage } from '../../lib/panel/start-evidence-page';

void startEvidencePage(document.getElementById('app')!);
