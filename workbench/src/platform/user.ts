// `@salesforce/user/Id`: the running user the server put into the page (switchable in the shell).
import { bootData } from './boot';

const userId: string = bootData().runningUserId;
export default userId;
