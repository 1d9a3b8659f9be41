import { NoSuchExport } from '@valkey/valkey-glide';
console.log(NoSuchExport);
