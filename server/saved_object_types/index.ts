/** Every saved-object type of the Cases plugin, in registration order. */
import { caseType } from './cases';
import { commentType } from './comments';
import { idCounterType } from './id_counter';
import { userActionType } from './user_actions';

export const casesSavedObjectTypes = [caseType, commentType, userActionType, idCounterType];
