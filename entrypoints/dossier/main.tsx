import '../../components/extension-page.css';
import '../../components/dossier.css';
import { startDossierPage } from '../../lib/dossier/start-dossier-page';

void startDossierPage(document.getElementById('app')!);
