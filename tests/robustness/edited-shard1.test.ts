/** The edited-workbook suite (suite.ts), seeds of shard 1 of 2: the two files let jest's two workers share the cases. */
import { defineShard } from "./suite";

describe("edited workbooks, shard 1 of 2", () => defineShard(0, 2));
