export { formatKcal } from "@/domain/text";
