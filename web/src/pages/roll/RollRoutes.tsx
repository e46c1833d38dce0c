import { Param, type RouteObject } from '../../router.tsx';
import { ArrivalsPage } from '../movements/ArrivalsPage.tsx';
import { OutPage } from '../movements/OutPage.tsx';
import { CountPage } from './CountPage.tsx';
import { CountsPage } from './CountsPage.tsx';
import { EmergencyPage } from './EmergencyPage.tsx';
import { EmergencyStartPage } from './EmergencyStartPage.tsx';
import { MissingPage } from './MissingPage.tsx';
import { MissingPrintPage } from './MissingPrintPage.tsx';
import { RollPage } from './RollPage.tsx';
import { SheetPage } from './SheetPage.tsx';
import './roll.css';

/** The pages under /roll: the roll, counts, the printable sheet, emergencies, the missing list. */
export const rollRoutes: RouteObject = {
  path: 'roll',
  children: [
    { index: true, element: <RollPage /> },
    { path: 'counts', element: <CountsPage /> },
    { path: 'counts/:id', element: <Param name="id" render={(id) => <CountPage id={id} />} /> },
    { path: 'sheet', element: <SheetPage /> },
    { path: 'emergency', element: <EmergencyStartPage /> },
    { path: 'emergency/:id', element: <Param name="id" render={(id) => <EmergencyPage id={id} />} /> },
    { path: 'missing', element: <MissingPage /> },
    { path: 'missing/print', element: <MissingPrintPage /> },
    { path: 'out', element: <OutPage /> },
    { path: 'arrivals', element: <ArrivalsPage /> },
  ],
};
