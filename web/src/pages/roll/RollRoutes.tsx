import { NotFoundPage } from '../NotFoundPage.tsx';
import { CountPage } from './CountPage.tsx';
import { CountsPage } from './CountsPage.tsx';
import { EmergencyPage } from './EmergencyPage.tsx';
import { EmergencyStartPage } from './EmergencyStartPage.tsx';
import { MissingPage } from './MissingPage.tsx';
import { RollPage } from './RollPage.tsx';
import { SheetPage } from './SheetPage.tsx';
import './roll.css';

/** The one parameter of a path like /roll/counts/ID, or null when the path is not of that form. */
function parameter(path: string, prefix: string): string | null {
  if (!path.startsWith(prefix)) return null;
  const rest = path.slice(prefix.length);
  if (!rest || rest.includes('/')) return null;
  try {
    return decodeURIComponent(rest);
  } catch {
    return null;
  }
}

/** The pages under /roll: the roll, counts, the printable sheet, emergencies, the missing list. */
export function RollRoutes({ path }: { path: string }) {
  const count = parameter(path, '/roll/counts/');
  if (count) return <CountPage key={count} id={count} />;
  const emergency = parameter(path, '/roll/emergency/');
  if (emergency) return <EmergencyPage key={emergency} id={emergency} />;
  switch (path.replace(/\/$/, '')) {
    case '/roll':
      return <RollPage />;
    case '/roll/counts':
      return <CountsPage />;
    case '/roll/sheet':
      return <SheetPage />;
    case '/roll/emergency':
      return <EmergencyStartPage />;
    case '/roll/missing':
      return <MissingPage />;
    default:
      return <NotFoundPage />;
  }
}
