import { addMessages } from './index';
import * as followUp from './followUp';
import * as costs from './costs';

/**
 * The server's texts that are not in the tab's bundle (the monthly follow-up's: settings errors,
 * cards, commands). Server modules that show them import this file; loading it twice is harmless.
 */
addMessages(followUp);
// Kostnadskalkyl (issue 16)
addMessages(costs);
