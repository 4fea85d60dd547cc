// Loads every store that keeps learner data, so pages that list, export, import or wipe data know all
// sections by name. Add a new feature's store here.
import './canvases';
import './certificate';
import './lessons';
import './quizzes';
import './scenarios';
import './stellingen';
import './trainer-tally';
import './zelfscan';
