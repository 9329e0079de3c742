// The service: the database plus the handlers, behind one dispatch function. Plain Node: no Electron.
import type { BridgeEvent } from '../../shared/bridge';
import { closeDatabase, openDatabase } from '../db/open';
import { JobRegistry, type ServiceContext } from './context';
import { createDispatch, type Dispatch } from './dispatch';
import { handlers } from './handlers';
import { SearchIndexer } from './search-indexer';

export interface ServiceOptions {
  dbPath: string;
  resourcesDir: string;
  host: 'worker' | 'in-process';
  nativeBinding?: string;
  emit?: (event: BridgeEvent) => void;
}

export interface Service {
  dispatch: Dispatch;
  context: ServiceContext;
  close(): void;
}

/** Opens the database (migrating it if needed) and returns the service. Throws DatabaseTooNewError. */
export function createService(options: ServiceOptions): Service {
  const db = openDatabase(options.dbPath, { nativeBinding: options.nativeBinding });
  const jobs = new JobRegistry();
  const searchIndex = new SearchIndexer(db, () => jobs.active > 0);
  searchIndex.schedule(); // handles of an upgraded database, or left over from the last run
  const context: ServiceContext = {
    db,
    dbPath: options.dbPath,
    resourcesDir: options.resourcesDir,
    host: options.host,
    nativeBinding: options.nativeBinding,
    emit: options.emit ?? (() => {}),
    jobs,
    searchIndex,
  };
  return {
    dispatch: createDispatch(handlers, () => context),
    context,
    close: () => {
      searchIndex.close();
      closeDatabase(db);
    },
  };
}
