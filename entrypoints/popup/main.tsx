import './start-mark';
import '../../components/extension-page.css';
import { mountExtensionPage } from '../../lib/extension-pages/mount';
import { PopupApp } from '../../lib/extension-pages/popup-app';

mountExtensionPage(PopupApp, 'panelTitle');
