import type { FieldError } from '../../common/problem.js';

export const PASSWORD_MIN_LENGTH = 10;

/**
 * The password policy of issue 4 (等保 level 3 asks for complexity): at least ten characters, at least three
 * of the four classes (lower case, upper case, digits, symbols), and not the username (nor containing it).
 */
export function passwordProblems(password: string, username: string, path = 'password'): FieldError[] {
  const problems: string[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.push(`密码至少${PASSWORD_MIN_LENGTH}位`);
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push('密码须包含大写字母、小写字母、数字、符号中的至少三类');
  const name = username.trim().toLowerCase();
  if (name && password.toLowerCase().includes(name)) problems.push('密码不能包含用户名');
  return problems.map((message) => ({ path, message }));
}
