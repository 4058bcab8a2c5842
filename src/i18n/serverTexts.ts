import { addMessages } from './index';
import * as followUp from './followUp';

/**
 * The server's texts that are not in the tab's bundle (the monthly follow-up's: settings errors,
 * cards, commands). Server modules that show them import this file; loading it twice is harmless.
 */
addMessages(followUp);
