// _lms/launcher.js of the cmi5 package.
import { cmi5Destination } from './cmi5-destination';
import { startLauncher } from './launcher';

void startLauncher(cmi5Destination);
