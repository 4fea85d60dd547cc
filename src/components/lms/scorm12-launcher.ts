// _lms/launcher.js of the SCORM 1.2 package.
import { startLauncher } from './launcher';
import { scormDestination } from './scorm-destination';

void startLauncher(scormDestination);
