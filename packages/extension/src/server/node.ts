// Node language server, spawned by the desktop client over IPC (the transport comes from the command line).
import { startNodeLanguageServer } from '@dtp/language/server/node';

startNodeLanguageServer();
