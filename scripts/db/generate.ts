// `npm run db:generate [-- --force]`
import { generateClient } from "./generate-client.ts";

if (generateClient(process.argv.includes("--force"))) console.log("Prisma client generated.");
