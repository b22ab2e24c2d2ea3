import '../../components/extension-page.css';
import { mountExtensionPage } from '../../lib/extension-pages/mount';
import { OptionsApp } from '../../lib/extension-pages/options-app';

mountExtensionPage(OptionsApp, 'options.title');
