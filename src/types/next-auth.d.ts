import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    ownerId?: string;
    sessionVersion?: number;
  }
  interface User {
    id: string;
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
  }
}
