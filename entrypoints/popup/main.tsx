import './start-mark';
import '../../components/extension-page.css';
import { mountExtensionPage } from '../../lib/extension-pages/mount';
import { PopupApp, requestDashboard } from '../../lib/extension-pages/popup-app';

const dashboard = requestDashboard();
mountExtensionPage(({ i18n }) => <PopupApp i18n={i18n} dashboard={dashboard} />, 'panelTitle');
