import { api, type Centre } from '../../api.ts';
import { useLoad, type Load } from '../../useLoad.ts';

const loadCentres = () => api.centres().then((r) => r.centres);

/** The centres of the user's caseload (the server lists only those). */
export function useCaseloadCentres(): [Load<Centre[]>, () => void] {
  const [load, reload] = useLoad(loadCentres);
  return [load, reload];
}

/** A centre's name for headings: "Name (CODE)", or the code while the list loads. */
export function centreLabel(centres: Load<Centre[]>, code: string): string {
  const centre = centres.status === 'ready' ? centres.data.find((c) => c.code === code) : undefined;
  return centre ? `${centre.name} (${code})` : code;
}
