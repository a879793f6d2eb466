/** A `.txt` import is a Text module in workerd (wrangler's default rule): its text. */
declare module "*.txt" {
  const text: string;
  export default text;
}
