import { useState } from 'react';
import { HoldMeeting } from './meeting/HoldMeeting';
import { Minutes } from './meeting/Minutes';
import { StartScreen } from './meeting/StartScreen';
import type { Screen } from './meeting/types';
import * as messages from '../../i18n/tab/meeting';
import { addMessages } from '../../i18n';

addMessages(messages);

/**
 * Månadsmöte: start (or resume) the monthly meeting, step through the restlista one item at a
 * time recording decisions, finish it, and read the minutes (protokoll) — also of past meetings.
 * Each screen moves focus to its heading when the user navigates to it.
 */
export default function MeetingView() {
  const [screen, setScreen] = useState<Screen>({ name: 'start' });
  // The first screen does not steal focus from the navigation; the ones the user goes to do.
  const [navigated, setNavigated] = useState(false);
  const go = (next: Screen) => {
    setNavigated(true);
    setScreen(next);
  };

  switch (screen.name) {
    case 'hold':
      return <HoldMeeting key={screen.meetingId} meetingId={screen.meetingId} go={go} />;
    case 'minutes':
      return <Minutes key={screen.meetingId} meetingId={screen.meetingId} go={go} focusOnMount={navigated} />;
    default:
      return <StartScreen go={go} focusOnMount={navigated} />;
  }
}
