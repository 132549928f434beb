-- Run by NeovimTest: nvim --headless -u NONE -l is not in Neovim 0.7, so: nvim --headless -u NONE -S this.
-- Starts `contentlint lsp` with vim.lsp.start_client, opens the page, waits for its diagnostics
-- and writes them as JSON lines (line, column, code, severity, message) to the output file.
local server, page, root, out, cache = os.getenv('CL_SERVER'), os.getenv('CL_PAGE'), os.getenv('CL_ROOT'),
    os.getenv('CL_OUT'), os.getenv('CL_CACHE')
local client = vim.lsp.start_client({
  name = 'contentlint',
  cmd = { server, 'lsp', '--no-prose', '--cache-dir', cache },
  root_dir = root,
})
vim.cmd('edit ' .. vim.fn.fnameescape(page))
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client)
local got = vim.wait(300000, function() return #vim.diagnostic.get(buf) > 0 end, 100)
local lines = {}
if got then
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(lines, vim.fn.json_encode({ line = d.lnum, column = d.col, code = d.code,
      severity = d.severity, message = d.message }))
  end
else
  table.insert(lines, 'no diagnostics within 300 s')
end
vim.fn.writefile(lines, out)
vim.lsp.stop_client(client)
vim.wait(5000, function() return vim.lsp.client_is_stopped(client) end, 100)
vim.cmd('qall!')
