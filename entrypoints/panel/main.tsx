import '../../components/panel.css';
import '../../components/check-result.css';
import { startPanelFrame } from '../../lib/panel/start-panel-frame';

void startPanelFrame(document.getElementById('app')!);
